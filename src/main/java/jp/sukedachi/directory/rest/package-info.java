/** REST resources of the directory under {@code /api/v1/providers} and {@code /api/v1/services}. */
package jp.sukedachi.directory.rest;
