/** The inquiry form for SMEs and the thread screens for SMEs and providers. */
package jp.sukedachi.engagement.web;
