/**
 * An OLE compound file handed to the .docx reader is either an encrypted
 * .docx (Office wraps password-protected packages in OLE, with an
 * `EncryptedPackage` stream) or a Word 97-2003 .doc.
 */
import { InputError } from '../reader.js';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

export const isOle = (bytes: Uint8Array): boolean => OLE_SIGNATURE.every((b, i) => bytes[i] === b);

/** Whether an OLE file is an encrypted Office package (its directory names `EncryptedPackage`). */
export const isEncryptedOfficePackage = (bytes: Uint8Array): boolean => isOle(bytes) && Buffer.from(bytes).includes(ENCRYPTED_PACKAGE);

export function oleError(bytes: Uint8Array): InputError {
  if (isEncryptedOfficePackage(bytes)) {
    return new InputError('password-protected: the document is encrypted; remove the password in Word and try again', 'password-protected');
  }
  return new InputError('unsupported format: this is a Word 97-2003 (.doc) file, not a .docx', 'unsupported-format');
}
