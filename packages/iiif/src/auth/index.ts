export { AuthError, authChanges, fetchToken, holdsToken, infoRequestHeaders, logout, probe, requestAccess, type ProbeResult } from './client.js';
