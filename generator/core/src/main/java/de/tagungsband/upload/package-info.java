/**
 * {@code tagungsband publish}: the built site onto the web server (SFTP, Apache MINA SSHD) or into a folder (a network
 * share), moving only what changed, in an order that never leaves a page linking a file not yet there, resumable
 * after a broken connection. What was uploaded is written down on the target itself ({@link Manifest}), so files
 * there that tagungsband did not put are never touched.
 */
package de.tagungsband.upload;
