/** The assignment state machine: a pure function from the row we had and the policy's verdict to the row we keep. */
import type { AssignmentRow } from '../store/assignments.ts';
import type { Verdict } from './policy.ts';

/**
 * The assignment row a verdict leads to, given the row we had. Backoff survives re-evaluation: a FAILED or THROTTLED
 * serial keeps waiting for the same profile, and NOT_ACCESSIBLE stays flagged until Apple re-adds the device.
 */
export function nextAssignment(
  prev: AssignmentRow | undefined,
  v: Verdict,
  deviceId: number,
  token: string,
  serial: string,
  now: string,
  readded: boolean,
): AssignmentRow {
  const base = {
    device_id: deviceId,
    token,
    serial_number: serial,
    profile_name: v.profile,
    profile_uuid: v.uuid,
    reason: v.reason,
    updated_at: now,
    attempts: prev?.attempts ?? 0,
    last_attempt_at: prev?.last_attempt_at ?? null,
    last_result: prev?.last_result ?? null,
    not_before: null as string | null,
  };
  if (v.state !== 'pending') return { ...base, state: v.state, not_before: null, attempts: v.state === 'assigned' ? 0 : base.attempts };
  const sameTarget = prev && prev.profile_name === v.profile && prev.profile_uuid === v.uuid;
  if (prev && sameTarget && !readded) {
    if (prev.state === 'failed' || prev.state === 'throttled') return { ...base, state: prev.state, not_before: prev.not_before };
    if (prev.state === 'not_accessible') return { ...base, state: 'not_accessible', reason: prev.reason };
    if (prev.state === 'pending') return { ...base, state: 'pending', not_before: prev.not_before };
  }
  return { ...base, state: 'pending', attempts: sameTarget ? base.attempts : 0 };
}
