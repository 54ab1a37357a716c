/**
 * What every capability shares: the JAX-RS application, database start-up, error mapping to
 * problem+json, localisation, security headers and configuration.
 */
package jp.sukedachi.platform;
