// Shared by the browser form and the server; the common-password list stays on the server.
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

/** What a new-password field says about the rules, wherever a password is chosen. */
export const NEW_PASSWORD_HINT = `${PASSWORD_MIN} to ${PASSWORD_MAX} characters. A few unrelated words make a strong, memorable password.`;
