/**
 * A typed client for the Njalla JSON-RPC API.
 *
 * <p>{@link org.njalla4j.client.NjallaClient} sends requests and has one facade per
 * method family; {@link org.njalla4j.client.ApiMethod} lists all 54 methods. Results
 * are Java records that keep the raw JSON. Failures are checked
 * {@link org.njalla4j.client.NjallaException}s (API errors and transport failures) or an
 * unchecked {@link org.njalla4j.client.MalformedResponseException}. This package
 * depends on OkHttp, Jackson and SLF4J only.
 */
package org.njalla4j.client;
