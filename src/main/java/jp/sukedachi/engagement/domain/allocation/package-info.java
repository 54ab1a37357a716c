/**
 * The program-wide allocation of scarce expert hours for a month, in plain Java: {@link
 * jp.sukedachi.engagement.domain.allocation.HoursAllocator} solves it as a minimum-cost flow with
 * Google OR-Tools, {@link jp.sukedachi.engagement.domain.allocation.FirstComeFirstServed} is the
 * baseline it is compared with, and {@link jp.sukedachi.engagement.domain.allocation.AllocationStats}
 * says how much each serves and how evenly across prefectures.
 */
package jp.sukedachi.engagement.domain.allocation;
