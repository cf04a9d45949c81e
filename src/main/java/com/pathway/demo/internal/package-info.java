/**
 * The generator's parts: the journey model (plain Java), fictional people and providers, the
 * writers (JDBC batches, PostgreSQL COPY) and the demo profile's start-up data.
 */
package com.pathway.demo.internal;
