package jp.sukedachi.assessment.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.sukedachi.account.web.SignedIn;
import jp.sukedachi.assessment.application.AssetService;
import jp.sukedachi.assessment.application.AssetService.InformationAssetView;
import jp.sukedachi.assessment.application.AssetService.ItAssetView;
import jp.sukedachi.assessment.application.CompanyService;
import jp.sukedachi.assessment.application.CompanyView;
import jp.sukedachi.assessment.domain.ItAssetType;
import jp.sukedachi.assessment.facts.PersonalInfo;
import jp.sukedachi.platform.InvalidInputException;
import jp.sukedachi.platform.web.FacesErrors;

/** The assets screen: IT equipment and services, the information-asset register, CSV import. */
@Named
@ViewScoped
public class AssetsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AssetService assets;
  @Inject CompanyService companies;
  @Inject FacesErrors errors;
  @Inject SignedIn signedIn;

  private Long companyId;
  private List<ItAssetView> itAssets = List.of();
  private List<InformationAssetView> informationAssets = List.of();
  private final ItAssetForm itForm = new ItAssetForm();
  private final InformationAssetForm infoForm = new InformationAssetForm();
  private transient Part itCsv;
  private transient Part infoCsv;

  @PostConstruct
  void load() {
    companyId = companies.mine(signedIn.get()).map(CompanyView::id).orElse(null);
    refresh();
  }

  private void refresh() {
    if (companyId != null) {
      itAssets = assets.itAssets(signedIn.get(), companyId);
      informationAssets = assets.informationAssets(signedIn.get(), companyId);
    }
  }

  public void addItAsset() {
    if (errors.attempt("it", () -> assets.addItAsset(signedIn.get(), companyId, itForm.toInput()))) {
      itForm.clear();
      refresh();
    }
  }

  public void removeItAsset(long id) {
    errors.attempt("it", () -> assets.removeItAsset(signedIn.get(), companyId, id));
    refresh();
  }

  public void addInformationAsset() {
    if (errors.attempt("info",
        () -> assets.addInformationAsset(signedIn.get(), companyId, infoForm.toInput()))) {
      infoForm.clear();
      refresh();
    }
  }

  public void removeInformationAsset(long id) {
    errors.attempt("info", () -> assets.removeInformationAsset(signedIn.get(), companyId, id));
    refresh();
  }

  public void importItAssets() {
    byte[] bytes = read(itCsv);
    if (errors.attempt("itImport", () -> assets.importItAssets(signedIn.get(), companyId, bytes))) {
      errors.info("csv.imported");
    }
    refresh();
  }

  public void importInformationAssets() {
    byte[] bytes = read(infoCsv);
    if (errors.attempt("infoImport",
        () -> assets.importInformationAssets(signedIn.get(), companyId, bytes))) {
      errors.info("csv.imported");
    }
    refresh();
  }

  private byte[] read(Part part) {
    if (part == null) {
      return new byte[0];
    }
    try (InputStream in = part.getInputStream()) {
      return in.readNBytes(2_000_000);
    } catch (IOException e) {
      throw InvalidInputException.of("file", "csv.broken");
    }
  }

  public boolean isHasCompany() {
    return companyId != null;
  }

  public List<String> getTypes() {
    return Arrays.stream(ItAssetType.values()).map(Enum::name).toList();
  }

  public List<String> getPersonalInfoTypes() {
    return Arrays.stream(PersonalInfo.values()).map(Enum::name).toList();
  }

  public Optional<Long> companyId() {
    return Optional.ofNullable(companyId);
  }

  public List<ItAssetView> getItAssets() { return itAssets; }
  public List<InformationAssetView> getInformationAssets() { return informationAssets; }
  public ItAssetForm getItForm() { return itForm; }
  public InformationAssetForm getInfoForm() { return infoForm; }
  public Part getItCsv() { return itCsv; }
  public void setItCsv(Part p) { itCsv = p; }
  public Part getInfoCsv() { return infoCsv; }
  public void setInfoCsv(Part p) { infoCsv = p; }
}
