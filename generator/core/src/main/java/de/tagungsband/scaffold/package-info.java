/**
 * Scaffolding for editors: new event and session records with every field present and explained in German
 * comments, named by the slug of their title. Nothing is ever overwritten.
 */
package de.tagungsband.scaffold;
