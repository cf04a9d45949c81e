/**
 * Realistic, clearly fictional data: a seeded generator of lead journeys through the clinic
 * workflow that loads them straight into the database (JDBC batches, PostgreSQL {@code COPY}), the
 * {@code generate} command the benchmark harness runs, and the demo profile's leads.
 *
 * <p>It writes SQL to the tables of {@code workflow} and {@code clinic} directly instead of calling
 * their services: a million leads through {@code LeadService} would take hours and write an audit
 * line per lead. It therefore depends only on their public types (the workflow definition, the
 * lead's enums) and keeps every invariant those modules keep (see {@link com.pathway.demo.DataGenerator}).
 */
package com.pathway.demo;
