/**
 * Notes written to the participant, in the second person (fresh split: new voices, scored and listed but not floored
 * yet). The voice: an agency that shares case notes with participants (a portal that shows the note, or a printed
 * copy handed over at each visit, in the spirit of the "open notes" movement in health care) trains staff to write
 * to the reader: "We talked by phone today. You told me…", "I called you on 3/9 and left a message", "Your
 * instructor let me know…", "Next time we'll…", plain words, no acronyms or few, warm and direct. Sources of
 * realism: person-centered planning and open-notes guidance, where "you" is the participant and "I" the writer.
 * How the policy is read for the hard cases: "you" does not make a contact; the verbs do. "I left you a message",
 * "I mailed you", "your mom told me", "your instructor let me know" are attempts, one-way letters or someone else's
 * word; "you wrote back", "you called me", "you stopped by and we talked" are the participant's own part in an
 * exchange. A plan addressed to the participant ("we'll meet on…") is not a meeting.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, note, type LabelledNote } from '../types';

export const STYLE = 'second-person-open-notes';

export const NOTES: LabelledNote[] = [
  note(MO, 'second-person-open-notes-mo-001', `We met at the job center on 3/2/26. You told me the welding class at Franklin Tech is going well: you've been there every day, and your instructor signed off on your flat and horizontal welds. You still need steel-toe boots, so I put in the request. Your training plan stays the same and we'll keep paying for the class through your ITA.`, 'I', 'P', true, []),
  note(MO, 'second-person-open-notes-mo-002', `I called you on 3/9 at the number we have for you and left you a voicemail asking you to call me back.`, 'T', 'P', false, [UA]),
  note(MO, 'second-person-open-notes-mo-003', `You called me back on 3/10. You said you'd been working doubles at the warehouse on weekends, but you haven't missed class. You passed your vertical weld test on 3/6. We agreed that keeping your training going is the right plan, and I'll check in again in April.`, 'T', 'P', true, []),
  note(MO, 'second-person-open-notes-mo-004', `I mailed you a letter on 3/16 with the dates for the job fair and a form to tell me how class is going. Please send it back in the envelope.`, 'L', 'P', false, [RP]),
  // Her own words on the returned form: a written reply.
  note(MO, 'second-person-open-notes-mo-005', `Thank you for sending back the form on 3/27. You wrote that you finished the first term of the Medical Assistant program with an A and a B, and that your externship starts 4/14 at the clinic on Glenstone. You asked about gas money for the externship drive; I approved a gas card. Your plan stays the same and the ITA continues.`, 'L', 'P', true, []),
  note(MO, 'second-person-open-notes-mo-006', `Your instructor at Franklin Tech e-mailed me on 3/30 that you've had perfect attendance, you passed the overhead weld test, and you are on track to test for your certification 5/2. That's great news. I'm keeping your ITA in place so you can finish.`, 'E', 'V', true, []),
  note(MO, 'second-person-open-notes-mo-007', `Your mom called me on 4/3 to say you'd lost your phone and would call when you get a new one.`, 'T', 'A', false, [TP, PM, JM]),
  note(MO, 'second-person-open-notes-mo-008', `We had an appointment on 4/7, but you didn't come in. I hope everything is OK. I'll send you a new time.`, 'I', 'P', false, [UA]),
  // An errand at the front desk, and the note says we did not talk.
  note(MO, 'second-person-open-notes-mo-009', `You stopped by on 4/9 to pick up the bus pass at the front desk. I was with another customer, so we didn't get to talk.`, '-', '-', false, [CT, NS]),
  // A real call; an externship that starts next week is a plan, not progress made so far.
  note(MO, 'second-person-open-notes-mo-010', `We talked on the phone 4/11. You got a new phone (same number). Your externship starts Monday. We went over what to wear and who to ask for. I'll call you after your first week. Your plan and ITA stay the same.`, 'T', 'P', true, [PM]),
  note(MO, 'second-person-open-notes-mo-011', `Next time we meet (4/24) we'll update your résumé with your externship and talk about the job search.`, '-', '-', false, [CT, NS]),
  note(MO, 'second-person-open-notes-mo-012', `Today (4/24) you came in and we worked on your résumé together for an hour. You told me your externship supervisor says you're ready to room patients on your own, and you've done 60 of your 160 hours. You want to apply at CoxHealth and Mercy in May. Keep going with the externship; your plan stays the same.`, 'I', 'P', true, []),
  note(MO, 'second-person-open-notes-mo-013', `I sent you an e-mail on 5/1 with two medical assistant openings. I haven't heard back from you yet.`, 'E', 'P', false, [RP]),
  // A reply in the thread, short but with her news.
  note(MO, 'second-person-open-notes-mo-014', `You wrote back on 5/2: "Applied to both! Externship at 112 hours now, done by the 20th." Your plan and ITA continue through the end of the externship.`, 'E', 'P', true, []),
  note(MO, 'second-person-open-notes-mo-015', `Your probation officer called me on 5/6 to check that you're still in class. I told her I can't share details without your release.`, 'T', 'O', false, [TP, PM, JM]),
  // One fact from the provider (a passed test) is not the detailed progress a provider contact needs.
  note(MO, 'second-person-open-notes-mo-016', `You passed your AWS certification test on 5/2 - your instructor e-mailed me the result.`, 'E', 'V', false, [TP, JM]),
  note(MO, 'second-person-open-notes-mo-017', `You called me on 5/8 and we talked about your interviews. Good luck!`, 'T', 'P', true, [PM, JM, NS]),
  note(MO, 'second-person-open-notes-mo-018', `I stopped by your house on 5/13 because I couldn't reach you by phone. Nobody was home, so I left my card in the door.`, 'I', 'P', false, [UA]),
  note(MO, 'second-person-open-notes-mo-019', `We talked at your worksite on 5/20 on your lunch break. You've been at Ozark Steel Fab for two weeks as a welder helper, 40 hours, $18.50. You like your lead. You want to test for the next certification in the fall. I'll keep following up with you for the next year to help you keep the job.`, 'I', 'P', true, []),
  note(MO, 'second-person-open-notes-mo-020', `Your brother came to the job center on 5/22 for his own orientation and said you say hi.`, 'I', 'O', false, [TP, PM, JM]),
  note(MO, 'second-person-open-notes-mo-021', `I read your file today (5/27) to make sure your training and your job are both recorded right. Everything is up to date.`, '-', '-', false, [CT, NS]),
  note(MN, 'second-person-open-notes-mn-001', `We met today, 3/3/26, at the Workforce Center. You shared that your CNA class at Hennepin Tech is halfway done, you have a 91% average, and your clinicals start 3/23. We looked at your ISS together and it is still right for you.`, 'I', 'P', true, []),
  note(MN, 'second-person-open-notes-mn-002', `I tried to call you on 3/10 but the call didn't go through - it said the number is not in service.`, 'T', 'P', false, [UA]),
  note(MN, 'second-person-open-notes-mn-003', `I e-mailed you on 3/11 to ask for your new phone number.`, 'E', 'P', false, [RP]),
  note(MN, 'second-person-open-notes-mn-004', `You answered my e-mail on 3/12 with your new number and told me clinicals got moved to 3/30. Thank you!`, 'E', 'P', true, []),
  note(MN, 'second-person-open-notes-mn-005', `Your clinical instructor told me on 3/31 that you were there on your first day and did well.`, '-', 'V', false, [CT]),
  note(MN, 'second-person-open-notes-mn-006', `We talked by phone on 4/2 for about 15 minutes. You told me clinicals are at the care center on Lake St., you've done 2 of 5 shifts, and you're nervous about the skills test. We talked about the practice sessions at school. I checked that your activities in the system match your plan.`, 'T', 'P', true, []),
  // A message she sent, answered by me, and then her answer back: a thread with her own facts.
  note(MN, 'second-person-open-notes-mn-007', `You texted me on 4/9: "can I get help with the skills test fee?" I texted back that yes, we can pay it, and asked when it is. You answered: "April 25, I finished clinicals yesterday." I'll set up the payment.`, 'E', 'P', true, []),
  note(MN, 'second-person-open-notes-mn-008', `I paid your skills test fee on 4/14 and mailed you the confirmation.`, 'L', 'P', false, [RP]),
  note(MN, 'second-person-open-notes-mn-009', `Your aunt answered your phone on 4/21 and said you're at work. I asked her to have you call me.`, 'T', 'P', false, [UA]),
  // A few minutes face to face is a contact, though it says nothing of what was said.
  note(MN, 'second-person-open-notes-mn-010', `You came by on 4/22 and we talked for a few minutes at the front counter.`, 'I', 'P', true, [PM, NS]),
  note(MN, 'second-person-open-notes-mn-011', `The testing company posted your result on 4/28: you passed both the skills and written test. You're on the Minnesota Nurse Aide Registry now.`, '-', '-', false, [CT, NS]),
  note(MN, 'second-person-open-notes-mn-012', `We talked on 4/29 by video (Teams). You passed your CNA tests and you have two interviews this week, at North Memorial and at a home care agency. We changed your ISS from training to job search.`, 'T', 'P', true, []),
  // A prospective employer, not her enrolled activity's provider; and she was not part of it.
  note(MN, 'second-person-open-notes-mn-013', `You had a job interview set up through our job fair on 5/5, but the employer told me they had to cancel it.`, 'T', 'O', false, [TP, PM]),
  note(MN, 'second-person-open-notes-mn-014', `I called you on 5/7. Your voicemail box was full.`, 'T', 'P', false, [UA]),
  // Her news, but left as a message: one way.
  note(MN, 'second-person-open-notes-mn-015', `You called me back 5/8 while I was at lunch, and left a message that you got the North Memorial job.`, 'T', 'P', false, [UA]),
  note(MN, 'second-person-open-notes-mn-016', `We finally talked on 5/9! You start at North Memorial 5/19 as a CNA, 0.8 FTE nights, $21.10. You need scrubs and shoes - we can help with that. Your ISS now has "keep the job" as the goal.`, 'T', 'P', true, []),
  // A returned verification form is a document in the file, not a conversation with anyone.
  note(MN, 'second-person-open-notes-mn-017', `Your employer's HR office sent the verification form back on 5/20: started 5/19, 32 hrs/wk.`, '-', '-', false, [CT, NS]),
  note(MN, 'second-person-open-notes-mn-018', `I mailed you a letter on 6/2 to see how the new job is going.`, 'L', 'P', false, [RP]),
  note(MN, 'second-person-open-notes-mn-019', `You wrote on the back of my letter and mailed it back (got it 6/12): "Two weeks in, they like me, going to days in July. Need a new bus card." I'll send one. Your ISS is up to date.`, 'L', 'P', true, []),
  note(MN, 'second-person-open-notes-mn-020', `You came to our hiring event on 6/17 - I saw your name on the sign-in sheet, but I didn't get to talk with you.`, '-', '-', false, [CT, NS]),
  note(MN, 'second-person-open-notes-mn-021', `We met for coffee near the hospital on 6/26 before your shift. You moved to days, 36 hours. You love your unit. You want to start the LPN prerequisites in the fall, and we talked about how the program could help with that. ISS checked: retention and the LPN goal are listed.`, 'I', 'P', true, []),
];
