/** Sample accounts and data for the embedded local run only ({@code sukedachi.demo=true}). */
package jp.sukedachi.demo;
