package jp.sukedachi.assessment.application;

import java.io.Serializable;
import jp.sukedachi.assessment.domain.CompanyProfile;
import jp.sukedachi.assessment.domain.SizeClass;

/** A company as its owner sees it (with the signals it declared), and its size class. */
public record CompanyView(long id, CompanyProfile profile, SizeClass sizeClass)
    implements Serializable {}
