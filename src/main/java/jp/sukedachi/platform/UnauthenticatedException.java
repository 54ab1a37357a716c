package jp.sukedachi.platform;

/** Credentials are missing or wrong; the message never says which. */
public class UnauthenticatedException extends DomainException {
  public UnauthenticatedException() {
    super("error.credentials");
  }
}
