package jp.sukedachi.directory.application;

import java.io.Serializable;

/** A provider company as its owner sees it. */
public record ProviderView(long id, String name, String corporateNumber, String address, String contactEmail)
    implements Serializable {}
