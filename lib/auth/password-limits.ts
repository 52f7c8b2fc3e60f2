// Shared by the browser form and the server; the common-password list stays on the server.
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;
