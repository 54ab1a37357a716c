package jp.sukedachi.assessment.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.sukedachi.assessment.domain.InformationAsset;
import jp.sukedachi.assessment.facts.PersonalInfo;
import jp.sukedachi.platform.OneOf;
import jp.sukedachi.platform.PlainText;

/** A row of the information-asset register as typed, imported or sent to the API. */
public record InformationAssetInput(
    @NotBlank(message = "{info.name.required}") @Size(max = 200, message = "{info.name.size}") @PlainText
        String name,
    @NotBlank(message = "{info.businessArea.required}") @Size(max = 100, message = "{info.businessArea.size}")
        @PlainText
        String businessArea,
    @NotBlank(message = "{info.storageMedia.required}") @Size(max = 200, message = "{info.storageMedia.size}")
        @PlainText
        String storageMedia,
    @NotNull(message = "{info.personalInfo.invalid}")
        @OneOf(value = PersonalInfo.class, message = "{info.personalInfo.invalid}")
        String personalInfo,
    @NotNull(message = "{info.rating.range}") @Min(value = 1, message = "{info.rating.range}")
        @Max(value = 3, message = "{info.rating.range}")
        Integer confidentiality,
    @NotNull(message = "{info.rating.range}") @Min(value = 1, message = "{info.rating.range}")
        @Max(value = 3, message = "{info.rating.range}")
        Integer integrity,
    @NotNull(message = "{info.rating.range}") @Min(value = 1, message = "{info.rating.range}")
        @Max(value = 3, message = "{info.rating.range}")
        Integer availability) {

  InformationAsset.Details toDetails() {
    return new InformationAsset.Details(name, businessArea, storageMedia,
        PersonalInfo.valueOf(personalInfo), confidentiality, integrity, availability);
  }
}
