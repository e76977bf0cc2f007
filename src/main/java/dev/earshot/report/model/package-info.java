/**
 * The translation report as plain immutable values: what {@code report} computes and what the HTML, PDF and JSON
 * writers show. Nothing here computes; every figure carries its unit in its name. Optional sections are {@code null}
 * when the user did not ask for them (no reference, no album, no blind test). Arrays are copied in and out.
 */
package dev.earshot.report.model;
