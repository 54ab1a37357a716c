/** Sending an inquiry (with its consent grant), reading and writing the thread, changing its status. */
package jp.sukedachi.engagement.application;
