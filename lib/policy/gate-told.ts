/**
 * Someone named on the line who speaks of the participant as someone else (review R12, R13): "TC w/ Maria Lopez 3/4:
 * her grandson passed …", "… she said her daughter passed …", "… she said Kofi passed …", "… client passed …", "… she
 * passed … per her grandmother". The person the contact was with is then telling us about the participant, not the
 * participant: a relative or a stranger, never a contact with the participant.
 */
import type { PartyMention } from '../text/analyze';
import type { Token } from '../text/tokenize';

/** A relative, after "her", "his" or "their": "her grandson", "his daughter". */
const KIN = new Set([
  'grandson', 'granddaughter', 'grandchild', 'grandkid', 'grandkids', 'grandchildren', 'son', 'daughter', 'nephew', 'niece', 'child', 'kid',
  'boy', 'girl', 'grandmother', 'grandma', 'grandfather', 'grandpa', 'mother', 'mom', 'father', 'dad', 'husband', 'wife', 'sister', 'brother',
  'cousin', 'aunt', 'uncle', 'partner', 'boyfriend', 'girlfriend', 'nana', 'granny',
]);
const POSSESSIVE = new Set(['her', 'his', 'their']);
/** Saying, before the news it introduces: "she said (that) …". */
const SAID = new Set(['said', 'says', 'stated', 'states', 'reported', 'reports', 'told', 'that', 'she', 'he', 'they', 'me', 'us', 'cm']);

/**
 * After the contact with the person named at `from` (in its sentence, past a colon), the news is about someone other
 * than the one on the line: its subject is the participant by word, a relative of theirs or another name, or the news
 * is "per her grandmother".
 */
export function toldOfAnother(text: string, tokens: Token[], parties: PartyMention[], from: number, clause: number): boolean {
  // (Only a person the contact was with, "TC w/ Maria Lopez", not a place visited, "Site visit to Crookston Inn"; and only
  // the news after its colon: "Home visit w/ Tasha (navigator). Cust answered the door …" has the participant there too.)
  if (tokens[from - 1]?.text !== 'with' && tokens[from - 1]?.text !== 'w') return false;
  let k = -1;
  for (let t = from; t < tokens.length && (tokens[t] as Token).clause === clause; t++) {
    if (t > 0 && text.slice((tokens[t - 1] as Token).end, (tokens[t] as Token).start).includes(':')) {
      k = t;
      break;
    }
  }
  if (k < 0) return false;
  const news = (tokens[k] as Token).clause;
  for (let t = k; t < tokens.length && (tokens[t] as Token).clause === news; t++) {
    if ((tokens[t] as Token).text === 'per' && POSSESSIVE.has(tokens[t + 1]?.text ?? '') && KIN.has(tokens[t + 2]?.text ?? '')) return true;
  }
  const first = k;
  while (tokens[k]?.clause === news && SAID.has((tokens[k] as Token).text) && k - first < 4) k++;
  // ("she said the client passed", "she reports the participant …": the article before the word for the participant.)
  const article = tokens[k]?.text === 'the' && tokens[k]?.clause === news ? 1 : 0;
  const w = tokens[k + article];
  if (!w || w.clause !== news) return false;
  if (parties.some((q) => q.tokStart === k + article && q.party === 'participant' && !q.possessive)) return true;
  if (POSSESSIVE.has(w.text) && KIN.has(tokens[k + 1]?.text ?? '')) return true;
  // ("grandson passed the CNA skills test": a relative with no 'her' before, as the subject of the news.)
  if (!article && KIN.has(w.text) && tokens[k + 1]?.clause === news && !(tokens[k + 1] as Token).capitalised) return true;
  // ("she said Kofi passed": a name after the saying.)
  return k > first && w.capitalised && !w.numeric;
}
