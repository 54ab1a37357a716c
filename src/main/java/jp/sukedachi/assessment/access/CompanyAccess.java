package jp.sukedachi.assessment.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a caller may see of one company, as decided by {@link AccessPolicy}.
 *
 * @param owner whether the caller owns the company (owners see and change everything)
 */
public record CompanyAccess(long companyId, Set<DataPart> parts, boolean owner) {
  public CompanyAccess {
    parts = parts.isEmpty() ? EnumSet.noneOf(DataPart.class) : EnumSet.copyOf(parts);
  }

  public boolean may(DataPart part) {
    return parts.contains(part);
  }
}
