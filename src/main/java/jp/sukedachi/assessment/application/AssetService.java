package jp.sukedachi.assessment.application;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.assessment.access.AccessPolicy;
import jp.sukedachi.assessment.access.DataPart;
import jp.sukedachi.assessment.domain.InformationAsset;
import jp.sukedachi.assessment.domain.ItAsset;
import jp.sukedachi.platform.FieldError;
import jp.sukedachi.platform.Inputs;
import jp.sukedachi.platform.InvalidInputException;
import jp.sukedachi.platform.NotFoundException;
import jp.sukedachi.platform.Reason;
import jp.sukedachi.platform.Texts;

/** Use cases of the IT-asset list and the information-asset register, including CSV import. */
@ApplicationScoped
public class AssetService {
  @PersistenceContext EntityManager em;
  @Inject Inputs inputs;
  @Inject Validator validator;
  @Inject AccessPolicy access;

  /** An IT asset group with its id. */
  public record ItAssetView(long id, ItAsset.Details details) implements Serializable {}

  /** An information asset with its id and derived importance. */
  public record InformationAssetView(long id, InformationAsset.Details details, int importance)
      implements Serializable {}

  @Transactional
  public List<ItAssetView> itAssets(AccountPrincipal actor, long companyId) {
    access.workspace(actor, companyId, DataPart.ASSET_COUNTS);
    return em.createQuery("select a from ItAsset a where a.companyId = :c order by a.id", ItAsset.class)
        .setParameter("c", companyId).getResultStream()
        .map(a -> new ItAssetView(a.id(), a.details())).toList();
  }

  @Transactional
  public ItAssetView addItAsset(AccountPrincipal actor, long companyId, ItAssetInput input) {
    access.change(actor, companyId);
    ItAsset asset = new ItAsset(companyId, inputs.check(input).toDetails());
    em.persist(asset);
    em.flush();
    return new ItAssetView(asset.id(), asset.details());
  }

  @Transactional
  public void removeItAsset(AccountPrincipal actor, long companyId, long assetId) {
    remove(actor, companyId, assetId, ItAsset.class);
  }

  /** All rows or none: any bad row fails the import and is reported with its line number. */
  @Transactional
  public List<ItAssetView> importItAssets(AccountPrincipal actor, long companyId, byte[] csv) {
    access.change(actor, companyId);
    List<ItAssetInput> rows = readRows(csv, AssetCsv.IT_HEADERS, AssetCsv.IT_REQUIRED, AssetCsv::itAsset,
        AssetCsv::unreadable);
    rows.forEach(r -> em.persist(new ItAsset(companyId, r.toDetails())));
    em.flush();
    return itAssets(actor, companyId);
  }

  @Transactional
  public List<InformationAssetView> informationAssets(AccountPrincipal actor, long companyId) {
    access.workspace(actor, companyId, DataPart.INFORMATION_ASSETS);
    return em.createQuery(
            "select a from InformationAsset a where a.companyId = :c order by a.id", InformationAsset.class)
        .setParameter("c", companyId).getResultStream().map(AssetService::view).toList();
  }

  @Transactional
  public InformationAssetView addInformationAsset(
      AccountPrincipal actor, long companyId, InformationAssetInput input) {
    access.change(actor, companyId);
    InformationAsset asset = new InformationAsset(companyId, inputs.check(input).toDetails());
    em.persist(asset);
    em.flush();
    return view(asset);
  }

  @Transactional
  public void removeInformationAsset(AccountPrincipal actor, long companyId, long assetId) {
    remove(actor, companyId, assetId, InformationAsset.class);
  }

  @Transactional
  public List<InformationAssetView> importInformationAssets(
      AccountPrincipal actor, long companyId, byte[] csv) {
    access.change(actor, companyId);
    List<InformationAssetInput> rows = readRows(
        csv, AssetCsv.INFO_HEADERS, AssetCsv.INFO_REQUIRED, AssetCsv::informationAsset,
        AssetCsv::unreadableInformation);
    rows.forEach(r -> em.persist(new InformationAsset(companyId, r.toDetails())));
    em.flush();
    return informationAssets(actor, companyId);
  }

  /**
   * @param unreadable fields of a row whose optional cell means nothing (an empty optional cell
   *     is fine; a required one is reported by validation)
   */
  private <T> List<T> readRows(byte[] csv, java.util.Map<String, String> headers,
      List<String> required, Function<CsvTable.Row, T> toInput,
      Function<CsvTable.Row, List<String>> unreadable) {
    List<T> result = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    for (CsvTable.Row row : CsvTable.read(csv, headers, required)) {
      T input = toInput.apply(row);
      for (String field : unreadable.apply(row)) {
        errors.add(new FieldError("line " + row.line() + ": " + field,
            locale -> Texts.message(locale, "csv.row-error", row.line(), Reason.of("field." + field),
                Texts.message(locale, "csv.unreadable." + field))));
      }
      for (ConstraintViolation<T> v : validator.validate(input)) {
        String field = v.getPropertyPath().toString();
        String template = v.getMessageTemplate();
        errors.add(new FieldError("line " + row.line() + ": " + field,
            locale -> Texts.message(locale, "csv.row-error", row.line(),
                Reason.of("field." + field), Texts.validation(locale, template))));
      }
      result.add(input);
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return result;
  }

  private <E> void remove(AccountPrincipal actor, long companyId, long assetId, Class<E> type) {
    access.change(actor, companyId);
    int removed = em.createQuery("delete from " + type.getSimpleName()
            + " a where a.id = :id and a.companyId = :c")
        .setParameter("id", assetId).setParameter("c", companyId).executeUpdate();
    if (removed == 0) {
      throw new NotFoundException("error.asset-not-found");
    }
  }

  private static InformationAssetView view(InformationAsset a) {
    return new InformationAssetView(a.id(), a.details(), a.importance());
  }
}
