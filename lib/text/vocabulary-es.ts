/**
 * Spanish words that case managers in bilingual offices mix into English notes ("Llamé a la clienta,
 * no contestó, dejé mensaje"). Written with and without accents, since keyboards differ. Merged into
 * the vocabulary by tag (lib/text/vocabulary.ts); negation works as in English: "no" before a verb
 * ("no contestó", "no vino") makes the contact a failure. "Le hablé" is "I called her" (a call, outcome
 * untold); "hablé con" / "hablamos" is talking.
 */
/** Messages left with someone: what they then say is the message, not a conversation (lib/text/events.ts). */
export const SPANISH_MESSAGE = ['dejé mensaje', 'deje mensaje', 'dejé un mensaje', 'deje un mensaje', 'dejé recado', 'deje recado', 'dejé mensaje con', 'deje mensaje con', 'dejé recado con', 'deje recado con'];

export const SPANISH: Readonly<Record<string, readonly string[]>> = {
  'mode:in-person': [
    'en persona', 'vino', 'vino a la oficina', 'vino al centro', 'vino a su cita', 'vino a la cita', 'visita', 'visita a domicilio',
    'nos reunimos', 'me reuní con', 'me reuni con', 'reunión', 'reunion', 'reunión con', 'reunion con', 'en la oficina',
  ],
  'mode:telephone': [
    'llamé', 'llame', 'le llamé', 'le llame', 'llamada', 'llamada telefónica', 'llamada telefonica', 'llamó', 'llamo', 'me llamó',
    'me llamo', 'le hablé', 'le hable', 'les hablé', 'por teléfono', 'por telefono', 'telefónicamente', 'telefonicamente', 'llamadas',
  ],
  'mode:email': ['correo', 'correo electrónico', 'correo electronico', 'le mandé un correo', 'le mande un correo'],
  'mode:text': ['mensaje de texto', 'mensajes de texto', 'whatsapp', 'le mandé texto', 'le mande texto', 'le mandé un texto', 'le mande un texto'],
  made: [
    'en persona', 'vino', 'vino a la oficina', 'vino al centro', 'vino a su cita', 'vino a la cita', 'nos reunimos', 'me reuní con',
    'me reuni con', 'reunión con', 'reunion con', 'llamada con',
  ],
  success: [
    'hablé con', 'hable con', 'hablamos', 'platicamos', 'platiqué con', 'platique con', 'conversamos', 'contestó', 'contesto',
    'me contestó', 'me contesto',
  ],
  response: ['respondió', 'respondio', 'me respondió', 'me respondio', 'me contestó el mensaje', 'me contesto el mensaje', 'me escribió', 'me escribio'],
  report: ['dijo', 'me dijo', 'dice', 'me dice', 'comentó', 'comento', 'informó', 'informo', 'explicó', 'explico', 'reporta', 'reportó', 'reporto'],
  'attempt:call': [
    'dejé mensaje', 'deje mensaje', 'dejé un mensaje', 'deje un mensaje', 'dejé recado', 'deje recado', 'buzón de voz', 'buzon de voz',
    'dejé mensaje con', 'deje mensaje con', 'dejé recado con', 'deje recado con', 'número equivocado', 'numero equivocado', 'desconectado', 'no disponible', 'no contestó', 'no contesto', 'nadie contestó', 'nadie contesto',
  ],
  'attempt:visit': ['no vino', 'no se presentó', 'no se presento', 'no llegó', 'no llego', 'faltó a la cita', 'falto a la cita', 'faltó a su cita', 'falto a su cita'],
  'attempt:response': ['no ha respondido', 'no respondió', 'no respondio', 'no ha contestado', 'sin respuesta', 'no hubo respuesta'],
  'party:participant': ['cliente', 'clienta', 'participante', 'la participante', 'el participante', 'joven'],
  'party:alternate': ['mamá', 'mama', 'madre', 'papá', 'papa', 'padre', 'esposo', 'esposa', 'hermana', 'hermano', 'hija', 'hijo', 'abuela', 'tía', 'tia'],
  'party:provider': ['maestra', 'maestro', 'instructora', 'escuela', 'supervisora', 'jefe', 'patrón', 'patron'],
  pronoun: ['ella', 'él'],
  irrealis: ['va a', 'vamos a', 'voy a', 'próxima', 'proxima', 'mañana', 'manana', 'la próxima semana', 'la proxima semana'],
  'progress:strong': [
    'clases', 'asistiendo', 'asiste', 'aprobó', 'aprobo', 'pasó el examen', 'paso el examen', 'examen', 'trabajando', 'horas',
    'calificaciones', 'terminó', 'termino', 'completó', 'completo', 'certificado', 'entrevista', 'aplicó', 'aplico',
  ],
  justification: ['continuar', 'continúa', 'continua', 'sigue', 'necesita', 'seguir'],
  'next-step': ['próxima cita', 'proxima cita', 'seguimiento', 'la próxima semana', 'la proxima semana'],
};
