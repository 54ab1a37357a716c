package jp.sukedachi.assessment.domain;

import java.util.ArrayList;
import java.util.List;
import jp.sukedachi.platform.Reason;

/**
 * Classifies a firm under 中小企業基本法 Art. 2: an SME if its capital <em>or</em> its regular staff
 * is within its industry's limit; a small enterprise if its staff is within the small limit.
 * Sole proprietors have no capital, so only the staff criterion applies to them.
 */
public final class SizeClassifier {

  public SizeClass classify(Industry industry, LegalForm form, long capitalYen, int employees) {
    Reason industryName = Reason.of(industry.nameKey());
    boolean capitalCounts = form == LegalForm.CORPORATION;
    boolean byCapital = capitalCounts && capitalYen <= industry.smeCapitalLimitYen();
    boolean byStaff = employees <= industry.smeEmployeeLimit();
    boolean sme = byCapital || byStaff;
    boolean small = sme && employees <= industry.smallEmployeeLimit();

    List<Reason> basis = new ArrayList<>();
    if (capitalCounts) {
      basis.add(Reason.of(byCapital ? "size.capital.within" : "size.capital.over",
          industryName, capitalYen, industry.smeCapitalLimitYen()));
    } else {
      basis.add(Reason.of("size.capital.sole-proprietor"));
    }
    basis.add(Reason.of(byStaff ? "size.staff.within" : "size.staff.over",
        industryName, employees, industry.smeEmployeeLimit()));
    basis.add(Reason.of(sme ? "size.sme" : "size.not-sme"));
    if (sme) {
      basis.add(Reason.of(small ? "size.small.within" : "size.small.over",
          employees, industry.smallEmployeeLimit()));
    }
    return new SizeClass(sme, small, basis);
  }
}
