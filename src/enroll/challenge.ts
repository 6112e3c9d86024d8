/** The per-device SCEP challenge from the organisation's SCEP server (profile.identity.challenge_url, OTA's scep). */

/** OUR upstream failed: the device gets a declared 503 with Retry-After, never a refusal for something it did. */
export class ChallengeUnavailableError extends Error {
  readonly code = 'adesync.challenge_unavailable';
}

/** POST the device's identifiers as JSON → a text/plain one-time challenge (at most 1 KiB). */
export async function fetchScepChallenge(url: string, body: Record<string, string>, timeoutMs: number): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/plain' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
  } catch (e) {
    throw new ChallengeUnavailableError(
      `the SCEP challenge service did not answer (${(e as Error).name === 'TimeoutError' ? 'timeout' : (e as Error).message})`,
    );
  }
  const text = (await res.text().catch(() => '')).trim();
  if (!res.ok || !text || text.length > 1024)
    throw new ChallengeUnavailableError(`the SCEP challenge service answered ${res.status}${text ? '' : ' with no challenge'}`);
  return text;
}
