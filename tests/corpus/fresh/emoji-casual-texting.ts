/**
 * A young youth-program case manager's casual notes of texting with the young people on her caseload (fresh split:
 * new voices, scored and listed but not floored yet). The voice: lower case, "lmk", "ty", "lol", emojis inside the
 * note, screenshots described ("she sent a ss of her portal"), read receipts, "left on read", typing bubbles,
 * tapback reactions, Instagram DMs, voice memos, a cohort group chat, FaceTime. Sources of realism: how WIOA youth
 * staff who live on their work phones actually type notes late in the day, half to themselves.
 * A text is written (e-mail): it counts once the young person writes back. A read receipt, a reaction (a heart or
 * thumbs-up tapback), typing bubbles, or a reply from someone else (a mother, a supervisor, a stranger at a wrong
 * number) is no answer from the participant. FaceTime is a video call (telephone).
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, note, type LabelledNote } from '../types';

export const STYLE = 'emoji-casual-texting';

export const NOTES: LabelledNote[] = [
  note(MO, 'emoji-casual-texting-mo-001', `texted w/ Destiny 3/3 🙌 she sent a screenshot of her HiSET portal - passed math (152)!! only science left, testing 3/20. told her so proud of u, lmk if u need a ride to testing. she said ty!! 😭💕 cont HiSET prep per ISS`, 'E', 'P', true, []),
  note(MO, 'emoji-casual-texting-mo-002', `txt Jaylen 3/5 "hey it's ur CM checking in 👋 how's the job at Sonic?" ... left on read 🙃 (read 3/5 4:12pm)`, 'E', 'P', false, [RP]),
  note(MO, 'emoji-casual-texting-mo-003', `sent Marcus the FAFSA link + "lmk if u get stuck!!" 3/6. delivered, no read receipt yet`, 'E', 'P', false, [RP]),
  note(MO, 'emoji-casual-texting-mo-004', `Txt convo w/ Bri 3/9 - she said "all good 👍"`, 'E', 'P', true, [PM, JM, NS]),
  // Her mother's screenshot is one fact (three days present) with no reason to continue; Bri herself said nothing.
  note(MO, 'emoji-casual-texting-mo-005', `Bri's mom texted me a screenshot 3/10 of Bri's attendance at Job Corps orientation (present all 3 days 🙏). told mom ty!!`, 'E', 'A', false, [TP, JM]),
  note(MO, 'emoji-casual-texting-mo-006', `omg Kenny finally texted back 3/12 😅 he got hired @ the Amazon warehouse, 4 days/wk $18/hr, starts Mon. asked him to send a pic of the offer letter, he did 📸. moving him to follow-up per ISS, will check in after 1st paycheck`, 'E', 'P', true, []),
  note(MO, 'emoji-casual-texting-mo-007', `need to text Kenny re: 90 day check in before 3/30!! set reminder on my phone ⏰`, '-', 'P', false, [CT]),
  // A heart on her message is a tapback, not a reply.
  note(MO, 'emoji-casual-texting-mo-008', `texted Aaliyah 3/16 abt her WEX hrs. she ❤️'d the msg but never answered lol. will try calling`, 'E', 'P', false, [RP]),
  note(MO, 'emoji-casual-texting-mo-009', `Aaliyah was typing... for like 5 min 3/17 then nothing 💀 still no reply on WEX hrs`, 'E', 'P', false, [RP]),
  note(MO, 'emoji-casual-texting-mo-010', `FaceTimed w/ Aaliyah 3/18 bc texting wasn't working lol. she's at 40/120 WEX hrs @ the Y, supervisor moved her to front desk 🎉. needs new timesheet, sending it. cont WEX per ISS`, 'T', 'P', true, []),
  // The reminder went to the whole cohort; others answered, Destiny did not.
  note(MO, 'emoji-casual-texting-mo-011', `posted in the cohort group chat 3/20: "HiSET science is 3/27 fyi 📚 lmk if u need a ride". Jordan + Mia replied, nothing from Destiny`, 'E', 'P', false, [RP]),
  note(MO, 'emoji-casual-texting-mo-012', `Marcus texted me at 10pm 3/23 lol: "got my pell letter 💰 $3,700 for fall @ STLCC". texted back next morning, asked if he registered yet - he said "yea 12 credits, welding + math". 🔥 ITA request for tools next wk per ISS`, 'E', 'P', true, []),
  // A stranger answering the number is an attempt that never reached him.
  note(MO, 'emoji-casual-texting-mo-013', `texted Tay's number 3/25 and got back "who is this?? wrong number" 😬 need new # for Tay, will ask his grandma`, 'E', 'P', false, [UA]),
  note(MO, 'emoji-casual-texting-mo-014', `Jaylen's read receipts show he opened my msgs about his 90-day on 3/26, 3/28, and 3/30 (I sent 3 😩). no response. mailing a letter tmrw`, 'E', 'P', false, [RP]),
  // Destiny could not be reached; her teacher gives attendance and a score and the note says why she continues.
  note(MO, 'emoji-casual-texting-mo-015', `couldn't get Destiny 4/2 so texted her HiSET teacher Ms. Brandt (Destiny signed the release). Ms B: she's been at 11 of 12 sessions, practice test science 148 (needs 145) 👏 ready for the 4/10 retest. cont HiSET prep per ISS`, 'E', 'V', true, []),
  note(MN, 'emoji-casual-texting-mn-001', `txt thread w/ Maddie 3/2:\nme: hey!! monthly check in 🙂 how's school + work?\nMaddie: gud! got a B on my bio test and im doing 20 hrs at dairy queen\nme: yesss 🙌 still good on bus pass?\nMaddie: ya ty`, 'E', 'P', true, []),
  note(MN, 'emoji-casual-texting-mn-002', `sent Maddie a reminder 3/4 abt ISS mtg thurs ✌️ delivered`, 'E', 'P', false, [RP]),
  note(MN, 'emoji-casual-texting-mn-003', `Tyler left me on read AGAIN 3/6 😑 (asked abt his WEX timesheet)`, 'E', 'P', false, [RP]),
  note(MN, 'emoji-casual-texting-mn-004', `Tyler replied finally 3/8 lol - "sry been busy, worked 32 hrs at the shop this wk, boss says i can stay on after wex ends" 🙏 told him thats huge!! ISS goal met, updating WF1`, 'E', 'P', true, []),
  note(MN, 'emoji-casual-texting-mn-005', `Tyler's WEX supervisor (Gary @ Bemidji Auto) texted me a screenshot of his timecard 3/9: 32.5 hrs. said ty 👍`, 'E', 'V', false, []),
  note(MN, 'emoji-casual-texting-mn-006', `Kiara's # says "this number cannot receive texts" 📵 3/11. trying her IG next`, 'E', 'P', false, [UA]),
  note(MN, 'emoji-casual-texting-mn-007', `DM'd Kiara on IG 3/11 - Seen 🙈 no reply`, 'E', 'P', false, [RP]),
  note(MN, 'emoji-casual-texting-mn-008', `Kiara DM'd back 3/12!! she got a new phone (218-555-0193). still in GED class @ ABE Crookston, passed RLA 🎉 (155). math next. ty Kiara 💖`, 'E', 'P', true, []),
  note(MN, 'emoji-casual-texting-mn-009', `remind Jayden abt summer WEX app (due 4/15) next time we talk 📝`, '-', 'P', false, [CT]),
  // Bad news is progress: a suspension that puts the WEX on hold.
  note(MN, 'emoji-casual-texting-mn-010', `called Jayden bc he texted "can u call me" 😬 3/16. he got suspended 3 days for vaping, worried abt losing WEX. talked it thru, he's back Thurs, WEX on hold till then. checking w/ school cnslr`, 'T', 'P', true, []),
  // His sister's news is second-hand; he has not confirmed it himself.
  note(MN, 'emoji-casual-texting-mn-011', `Jayden's sister texted me 3/18 that he "got the job at Cenex" 🤷 he hasn't confirmed. asked her to have him text me`, 'E', 'A', false, []),
  // A birthday text he answered: a two-way exchange with nothing in it. It counts as a contact; the note is empty.
  note(MN, 'emoji-casual-texting-mn-012', `Sent a happy bday 🎂🥳 text to Maddie 3/21, she said "tyyyy 💕"`, 'E', 'P', true, [PM, NS]),
  note(MN, 'emoji-casual-texting-mn-013', `texted Tyler 3/25 "congrats on finishing WEX!! 🎓 come get ur $50 incentive at the office"`, 'E', 'P', false, [RP]),
  // Voice memos inside the text thread: both ways, with her news.
  note(MN, 'emoji-casual-texting-mn-014', `Kiara sent a voice memo 3/28 (1:12) - says math class is hard but she's going 3x/wk, practice test 138, needs 145. I voice memo'd back w/ tutoring times. she replied "k ty"`, 'E', 'P', true, []),
  // The only thing back all month is a thumbs-up tapback on the last message.
  note(MN, 'emoji-casual-texting-mn-015', `texts this month:\n3/3 me -> Jayden: monthly check in? (Read)\n3/10 me -> Jayden: 👋 (Read)\n3/17 me -> Jayden: u ok?? (Delivered)\n3/29 Jayden liked "u ok??" 👍\nnothing else`, 'E', 'P', false, [RP]),
  note(MO, 'emoji-casual-texting-mo-016', `long txt convo w/ Jaylen 4/7 (he finally hit me back lol 😮‍💨) - screenshotted the whole thing into his file:\nme: hey!! just checking on u, haven't heard from u in a min. u good?\nJaylen: ya sorry. i quit sonic\nme: oh no what happened 😟\nJaylen: manager kept cutting my hrs to like 8 a wk, cant pay my phone on that\nme: that's fair. u still want to do the forklift class we talked abt?\nJaylen: yea fr. when is it\nme: next cohort at the job center is 4/20, 2 wks, mornings. i can get u a bus pass\nJaylen: bet 🔥 sign me up\nme: ok!! also did u apply anywhere else?\nJaylen: amazon + the UPS hub, UPS called me back for a interview thurs\nme: yesss 🙏 u need a ride or bus pass for that?\nJaylen: bus pass pls\nme: ok come by tmrw after 1, i'll have it. bring ur ID for the forklift class app\nJaylen: 👍 ty\nso: he left Sonic (hrs cut), 2 apps, UPS interview 4/9, wants forklift cert. cont ISS, enroll in forklift OST 4/20, bus pass tmrw`, 'E', 'P', true, []),
  // A month of her life second-hand (a friend in the group chat, her own public posts), and nothing back from her.
  note(MN, 'emoji-casual-texting-mn-016', `ok so Maddie update (kind of) 4/8 🙃\n- my texts 3/30 + 4/3 + 4/6 all say Read, no reply 😩\n- her friend Leah (also on my caseload) said in the cohort group chat that Maddie "got a job at target and is never on her phone anymore lol"\n- Maddie posted a pic on her public IG story 4/5 in a red Target shirt w/ the caption "first day 😎" (didn't screenshot it, it was her story)\n- her DQ manager left me a VM 4/7 saying she hasn't been on the schedule since 3/28\n- school cnslr says attendance still good, B average\nsoooo she prob switched jobs?? which is great if true but I have nothing from her directly. need hrs + start date for WF1. sent another text 4/8 "hey!! heard u might be at target?? 👀 congrats if so!! text me ur start date + hrs when u can 💕". will try calling sat when she's not at school. if nothing by 4/15 going to ask her mom`, 'E', 'P', false, [RP]),
];
