/** What a part of the account drawer calls when a change fails (the drawer shows a stale-version conflict). */
export type OnChangeError = (error: unknown) => void;
