/** {@code /api/v1/experts}: the caller's profile and slots, and the operator's review. */
package jp.sukedachi.expert.rest;
