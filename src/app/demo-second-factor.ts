/**
 * Finish a demo leader's sign-in with their second factor, as the person would: a code from the demo TOTP secret
 * (public, like the demo password; issue 20 §2). A code is accepted once (RFC 6238 §5.2), so several sign-ins of
 * one account within a step use the neighbouring steps the server accepts, then wait for the next step.
 */
import { demoTotpSecret, totpCode } from '../modules/identity/index.js';

const STEP_MS = 30_000;

/** `give(code)` posts the code in the session being signed in and says whether it was accepted. */
export async function giveDemoSecondFactor(
  username: string,
  give: (code: string) => Promise<boolean>,
  restart: () => Promise<void>,
): Promise<void> {
  const secret = demoTotpSecret(username);
  for (let round = 0; round < 4; round++) {
    const now = Date.now();
    for (const offset of [0, STEP_MS, -STEP_MS]) {
      if (await give(await totpCode(secret, new Date(now + offset)))) return;
    }
    await new Promise((resolve) => setTimeout(resolve, STEP_MS - (Date.now() % STEP_MS) + 200));
    await restart();
  }
  throw new Error(`second factor of ${username}: no code accepted`);
}
