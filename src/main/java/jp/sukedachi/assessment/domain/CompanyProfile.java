package jp.sukedachi.assessment.domain;

import java.io.Serializable;
/** The facts an SME states about itself; validated before it reaches the domain. */
public record CompanyProfile(
    String name,
    LegalForm legalForm,
    Industry industry,
    long capitalYen,
    int employees,
    String prefecture,
    int sites,
    long monthlyBudgetYen,
    long oneOffBudgetYen) implements Serializable {}
