import { Vault } from '@iiif/helpers/vault';

/** The one Vault that holds every Manifest and Collection this page has loaded. */
export const vault = new Vault();
