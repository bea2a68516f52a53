/**
 * English case notes carrying the Spanish of participants and their families: quoted replies, voicemails and
 * texts in Spanish with a translation, relatives answering the phone, staff and Language Line interpreters
 * (locked split, batch 2: scored, aggregates only). Unlike the code-switching voice, the writer's own sentences
 * are English; the Spanish is what others said or what was sent to them.
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written blind:
 * before the checker ever ran on them.
 */
import { note, type LabelledNote } from '../types';

export const STYLE = 'bilingual-spanish';
export const BATCH = 2;

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'bilingual-spanish-mo-001', "TC 3/3 with customer. She said 'ya terminé el primer módulo': she completed module 1 of the CNA course at State Fair CC and passed the skills check; attendance perfect so far. Continue ITA per IEP; next TC 4/3.", 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'bilingual-spanish-mo-002', "Called customer 3/5; his wife answered and said 'no está, anda trabajando' (he's not here, he's working). Asked her to have him call me.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'bilingual-spanish-mo-003', "Office visit 3/7 with customer and staff Spanish interpreter Maria R. Customer reported 'voy bien en la clase de soldadura': he is in week 6 of 10 of the welding course and passed his first bend test. Needs a gas card to get to class; continue support services per IEP.", 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'bilingual-spanish-mo-004', "Left voicemail in Spanish 3/10: 'Hola, habla su consejera del Job Center, por favor llámeme.'", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'bilingual-spanish-mo-005', "Texted customer 3/12 asking about her exam. She replied 3/12: 'Sí, pasé el examen de ServSafe, 88%' (yes, passed ServSafe with 88%). She is applying to restaurant jobs now. Continue job search services per IEP.", 'E', 'P', true, []),
  note('mo-dwd-toolbox', 'bilingual-spanish-mo-006', "Customer's mother (alternate contact) called 3/14 and said 'mi hijo está bien, sigue en la escuela' (my son is fine, still in school). She had no details on grades or hours.", 'T', 'A', false, ['third-party-insufficient', 'justification-missing']),
  note('mo-dwd-toolbox', 'bilingual-spanish-mo-007', "Customer came in 3/17 with her daughter interpreting. Customer: 'Ya tengo trabajo en la planta de Tyson.' She started at Tyson 3/10, 40 hrs/wk at $17.25/hr. Closing the job search activity; continue follow-up services per IEP.", 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'bilingual-spanish-mo-008', "Letter mailed 3/19 in Spanish and English asking customer to get in touch ('favor de comunicarse con nosotros').", 'L', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'bilingual-spanish-mo-009', "TC 3/20. Customer said 'todo bien, gracias.'", 'T', 'P', true, ['progress-missing', 'justification-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'bilingual-spanish-mo-010', "Customer's husband told me at the front desk 3/24 that she 'ya no va a la clase' (stopped going to class) because of childcare. Customer was not with him.", 'I', 'A', false, ['third-party-insufficient', 'justification-missing']),
  note('mo-dwd-toolbox', 'bilingual-spanish-mo-011', "Spoke by phone 3/26 with Sra. Delgado, ESL instructor at the Adult Learning Center. Customer attended 15 of 16 classes in March and moved from level 2 to level 3 on the CASAS (212 to 224). 'Es muy dedicado,' she said. Continue ESL per IEP.", 'T', 'V', true, []),
  note('mo-dwd-toolbox', 'bilingual-spanish-mo-012', "Language Line Spanish interpreter (ID 40177) on the line 3/28; dialed customer twice, number out of service.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'bilingual-spanish-mo-013', "Customer e-mailed 3/31: '¿Cuándo es mi próxima cita?' (when is my next appointment?)", 'E', 'P', false, []),
  note('mn-wf1', 'bilingual-spanish-mn-001', "Monthly contact 2/3 by phone in Spanish. Client: 'Estoy trabajando en Digi-Key, turno de noche.' He is working nights at Digi-Key, 36 hrs/wk. Reviewed ISS; WF1 job search activity ended.", 'T', 'P', true, []),
  note('mn-wf1', 'bilingual-spanish-mn-002', "Called client 2/5; got the recording 'el número que usted marcó no está en servicio.'", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'bilingual-spanish-mn-003', "Client's son called 2/7 for her: 'mi mamá pasó el examen de GED de matemáticas' (my mom passed the GED math test). Client was not on the line.", 'T', 'A', false, []),
  note('mn-wf1', 'bilingual-spanish-mn-004', "Met client 2/10 at the WorkForce Center with a video interpreter (Language Line, ID 22815). She said she finished 'el curso de montacargas' (the forklift course) and has her card. ISS reviewed; next step job search.", 'I', 'P', true, []),
  note('mn-wf1', 'bilingual-spanish-mn-005', "Texted Luis 2/12: 'Hola Luis, ¿cómo va la clase?' No reply.", 'E', 'P', false, ['response-pending']),
  note('mn-wf1', 'bilingual-spanish-mn-006', "Texted client 2/14; he wrote back 'ya empecé en la escuela de manejo, voy en la semana 2' (started driving school, in week 2). WF1 CDL activity current.", 'E', 'P', true, []),
  note('mn-wf1', 'bilingual-spanish-mn-007', "Home visit 2/18 at 3 pm; a neighbor said 'no hay nadie en casa.' Left a card in Spanish in the door.", 'I', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'bilingual-spanish-mn-008', "TC 2/20 with client through an interpreter. She asked about her bus card ('necesito el pase de autobús'). Mailed it the same day.", 'T', 'P', true, ['progress-missing']),
  note('mn-wf1', 'bilingual-spanish-mn-009', "ESL teacher e-mailed 2/24: client is at 90% attendance and 'está avanzando muy bien'; she moved up one level.", 'E', 'V', false, []),
  note('mn-wf1', 'bilingual-spanish-mn-010', "2/25 called client, no answer. 2/26 client called back at 10:40 am: '¡pasé!' She passed the CNA state test and starts at Villa St. Vincent 3/3. WF1 updated; ISS reviewed.", 'T', 'P', true, []),
  note('mn-wf1', 'bilingual-spanish-mn-011', "Spanish interpreter booked for client's 3/4 appointment at 2 pm (at last month's visit she asked for 'una cita en la tarde').", '-', '-', false, []),
  note('mn-wf1', 'bilingual-spanish-mn-012', "Client came in. 'Todo bien,' she said.", 'I', 'P', true, ['progress-missing', 'not-substantive', 'contact-date-missing'], { noDateField: true }),
];
