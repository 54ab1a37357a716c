/** An expert's profile and status, its bookable slots, and the rules of a RISS registration. */
package jp.sukedachi.expert.domain;
