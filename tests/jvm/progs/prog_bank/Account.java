// An account: a balance in cents that never goes negative; a savings
// account adds monthly interest (basis points a year, rounded down).
public class Account {
    private final String owner;
    private long cents;
    private int operations;

    Account(String owner, long cents) {
        this.owner = owner;
        this.cents = cents;
    }

    String owner() {
        return owner;
    }

    long balance() {
        return cents;
    }

    int operations() {
        return operations;
    }

    void deposit(long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
        cents += amount;
        operations++;
    }

    void withdraw(long amount) throws InsufficientFundsException {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
        if (amount > cents) {
            throw new InsufficientFundsException(owner, amount, cents);
        }
        cents -= amount;
        operations++;
    }

    long monthEnd() {
        return 0;
    }

    String kind() {
        return "checking";
    }

    static String format(long cents) {
        String sign = cents < 0 ? "-" : "";
        long a = Math.abs(cents);
        return sign + "$" + a / 100 + "." + (a % 100 < 10 ? "0" : "") + a % 100;
    }

    @Override
    public String toString() {
        return String.format("%-6s %-8s %12s %3d ops", owner, kind(), format(cents), operations);
    }
}

class SavingsAccount extends Account {
    private final int basisPoints;

    SavingsAccount(String owner, long cents, int basisPoints) {
        super(owner, cents);
        this.basisPoints = basisPoints;
    }

    @Override
    long monthEnd() {
        long interest = balance() * basisPoints / 10000 / 12;
        if (interest > 0) {
            deposit(interest);
        }
        return interest;
    }

    @Override
    String kind() {
        return "savings";
    }
}
