/**
 * Stage 3, validated model: records checked against each other (ids, orders, slugs, sessions of inputs) and
 * assembled into one immutable {@link de.tagungsband.model.SiteModel} with URLs and indexes, built in one pass.
 */
package de.tagungsband.model;
