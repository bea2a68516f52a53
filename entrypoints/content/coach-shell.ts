/** The coach's shell: binds the coach (components/coach/mount.tsx) to the background through this frame's channel. */
import { mountCoach } from '../../components/coach/mount';
import { onPush, send } from './channel';
import type { CoachModule } from './hand-off';

export const mount: CoachModule['mount'] = (read, systemOf, found, signal, readProblem) => mountCoach({ send, onPush }, read, systemOf, found, signal, readProblem);
