// The bank's checked exceptions: a base class and its two refusals.
public class BankException extends Exception {
    BankException(String message) {
        super(message);
    }
}

class InsufficientFundsException extends BankException {
    InsufficientFundsException(String owner, long wanted, long has) {
        super(owner + " wants " + Account.format(wanted) + " but has " + Account.format(has));
    }
}

class NoSuchAccountException extends BankException {
    NoSuchAccountException(String owner) {
        super("no account named " + owner);
    }
}
