package jp.sukedachi.engagement.application;

import java.util.List;

/**
 * An SME's inquiry: which published service, from which of its companies, what it asks and which
 * parts of its data it shares with the provider.
 *
 * @param parts names of {@link jp.sukedachi.assessment.access.DataPart}
 */
public record InquiryInput(Long serviceId, Long companyId, String message, List<String> parts) {}
