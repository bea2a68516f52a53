/**
 * Bilingual case managers switching between Spanish and English mid-sentence ("hablé con la participante, she
 * passed", "le dejé voicemail") (locked split: scored and floored, aggregates only).
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written before the
 * checker ever ran on them.
 */
import { note, type LabelledNote } from '../types';

export const STYLE = 'code-switching';

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'code-switching-mo-001', 'Hablé con la customer por teléfono 3/4. She passed her midterm en el programa de CNA con 88% y no ha faltado a ninguna clase. Continuamos con el ITA hasta que termine en mayo, next call en 30 días.', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'code-switching-mo-002', 'Llamé al customer 3/6 a las 10am, no contestó. Le dejé voicemail en español para que me llame.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'code-switching-mo-003', 'Customer vino a la oficina 3/11 con su esposa. Trajo su progress report de Ranken: welding 2 terminado, B+, attendance 95%. Sigue en el IEP, goal es certified welder, continue ITA. Próxima cita 4/15.', 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'code-switching-mo-004', 'Mandé un email al customer 3/12 preguntando por sus calificaciones del semestre. Todavía no contesta.', 'E', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'code-switching-mo-005', 'Fui a la casa del customer 3/14 para home visit, nadie abrió la puerta. Dejé mi tarjeta.', 'I', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'code-switching-mo-006', 'Customer me llamó 3/18, we talked 15 min. Consiguió trabajo en la planta de Tyson, $17.25/hr, first shift, empieza el lunes. Completed job search activity; IEP goal met, continue en follow-up services. Le llamo en 30 días.', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'code-switching-mo-007', 'La hermana del customer contestó el teléfono 3/20, dice que él está trabajando y que no sabe nada de la escuela. Le dejé recado que me llame.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'code-switching-mo-008', 'Hablé con la instructora de ESL en el Adult Ed center 3/25: customer asiste 4 noches por semana, subió de nivel 2 a nivel 3 en el CASAS test (score 221). Recomienda que continúe; sigue en el IEP hacia el HiSET, continue services.', 'T', 'V', true, []),
  note('mo-dwd-toolbox', 'code-switching-mo-009', 'Customer no llegó a su cita de las 2pm el 3/27. No llamó para cancelar.', 'I', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'code-switching-mo-010', 'Platicamos en persona 4/2 en el job center, nada más vino por el gas card. Todo bien.', 'I', 'P', true, ['progress-missing', 'justification-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'code-switching-mo-011', 'WhatsApp con customer 4/8: le pregunté cómo van las clases, me contestó que reprobó el examen de Anatomy (62) y lo repite el 4/22. Está estudiando con tutor en la escuela. Continue ITA, plan: revisar calificación después del retake.', 'E', 'P', true, []),
  note('mo-dwd-toolbox', 'code-switching-mo-012', 'Le mandé carta al customer 4/10 a la dirección nueva (2210 Cherokee St). Pendiente respuesta.', 'L', 'P', false, ['response-pending']),
  note('mn-wf1', 'code-switching-mn-001', 'Reunión con la cliente 2/4 en el WorkForce Center de Willmar. Revisamos su ISS juntas; está en el Medical Interpreter program, terminó 2 de 3 módulos con A. Trajo su schedule de primavera, copia en el file.', 'I', 'P', true, []),
  note('mn-wf1', 'code-switching-mn-002', 'Llamé a cliente 2/9 dos veces, no answer. El buzón está lleno, no pude dejar mensaje.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'code-switching-mn-003', 'Cliente me texteó 2/12 que está enfermo y no fue a clase. Le contesté que avise al instructor; respondió que ya le avisó y que regresa el lunes.', 'E', 'P', true, []),
  note('mn-wf1', 'code-switching-mn-004', 'Cliente llamó 2/17 cuando yo estaba en training, dejó voicemail. Le regresé la llamada 2/18, no contestó.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'code-switching-mn-005', 'Phone call con cliente 2/20: pasó el CDL permit test, empieza road training el 3/2 en Ridgewater. Está nervioso pero motivado. Revisé actividades en WF1, todo correcto.', 'T', 'P', true, []),
  note('mn-wf1', 'code-switching-mn-006', 'El supervisor de la cliente en Jennie-O me llamó 2/24 para confirmar que trabaja 40 hrs/semana en el OJT y que va bien.', 'T', 'V', false, []),
  note('mn-wf1', 'code-switching-mn-007', 'Vi a la cliente en persona 3/3 en la oficina. Solo platicamos un rato.', 'I', 'P', true, ['progress-missing', 'not-substantive']),
  note('mn-wf1', 'code-switching-mn-008', 'Mandé email a cliente 3/5 con la lista de documentos que faltan para su file. No ha respondido.', 'E', 'P', false, ['response-pending']),
  note('mn-wf1', 'code-switching-mn-009', 'Hablamos por teléfono 3/10. Cliente dice que dejó el programa de phlebotomy porque no encontró child care para el turno de la mañana. Quiere cambiar a un programa en la tarde; le di info del CNA class nocturno. Actualicé el ISS y cerré la actividad en WF1.', 'T', 'P', true, []),
  note('mn-wf1', 'code-switching-mn-010', 'La mamá de la cliente me llamó 3/12. Según ella, la cliente llamó a la escuela la semana pasada y nadie le contestó. No hablé con la cliente.', 'T', 'A', false, ['progress-missing']),
  note('mn-wf1', 'code-switching-mn-011', 'La cliente vino al office 3/17 a entregar sus calificaciones: B en English 101, A- en Intro to Psych. Va a tomar 12 créditos en el verano. Copia de grades en el file.', 'I', 'P', true, []),
  note('mn-wf1', 'code-switching-mn-012', 'Fui a la casa de cliente 3/20 para la visita mensual. Su roommate dijo que se mudó y no sabe a dónde.', 'I', 'P', false, ['unsuccessful-attempt']),
];
