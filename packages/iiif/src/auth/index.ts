export { AuthError, authChanges, fetchToken, holdsToken, logout, probe, requestAccess, type ProbeResult } from './client.js';
