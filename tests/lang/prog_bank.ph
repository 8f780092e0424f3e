// A program: accounts, transfers and a user-defined failure class.

class Refused {
    var reason;
    def init(reason) { this.reason = reason; }
    def message() { return reason; }
    def toString() { return "Refused(" + reason + ")"; }
}

class Account {
    var owner;
    var balance = 0;
    var history = [];
    def init(owner, opening) {
        this.owner = owner;
        this.deposit(opening);
    }
    def getOwner() { return owner; }
    def getBalance() { return balance; }
    def deposit(amount) {
        if (amount <= 0) {
            throw new Refused("deposit must be positive");
        }
        balance += amount;
        history.push("+" + amount);
    }
    def withdraw(amount) {
        if (amount > balance) {
            throw new Refused(owner + " has only " + balance);
        }
        balance -= amount;
        history.push("-" + amount);
    }
    def statement() { return owner + ": " + history.join(" ") + " = " + balance; }
}

class SavingsAccount extends Account {
    var rate;
    def init(owner, opening, rate) {
        super.init(owner, opening);
        this.rate = rate;
    }
    def addInterest() {
        this.deposit(this.getBalance() * rate / 100);
    }
    def withdraw(amount) {
        if (amount > 500) {
            throw new Refused("savings withdrawals are limited to 500");
        }
        super.withdraw(amount);
    }
}

class Bank {
    var accounts = {};
    var log = [];
    def open(acc) { accounts[acc.getOwner()] = acc; }
    def get(name) {
        if (!accounts.has(name)) {
            throw new Refused("no account for " + name);
        }
        return accounts[name];
    }
    def transfer(from, to, amount) {
        try {
            var a = this.get(from);
            var b = this.get(to);
            a.withdraw(amount);
            b.deposit(amount);
            log.push("ok " + from + "->" + to + " " + amount);
        } catch (e) {
            log.push("refused: " + e.message());
        }
    }
    def total() {
        var t = 0;
        for (name in accounts) {
            t += accounts[name].getBalance();
        }
        return t;
    }
    def getLog() { return log; }
}

def main() {
    var bank = new Bank();
    bank.open(new Account("ann", 100));
    bank.open(new Account("bob", 50));
    bank.open(new SavingsAccount("cy", 1000, 5));
    print(bank.total());

    bank.transfer("ann", "bob", 30);
    bank.transfer("bob", "ann", 500);
    bank.transfer("ann", "dan", 10);
    bank.transfer("cy", "ann", 600);
    bank.transfer("cy", "ann", 400);
    bank.get("cy").addInterest();
    bank.transfer("bob", "cy", 0);
    for (line in bank.getLog()) {
        print(line);
    }
    print(bank.get("ann").statement());
    print(bank.get("bob").statement());
    print(bank.get("cy").statement());
    print(bank.total());
    try {
        new Account("eve", -5);
    } catch (e) {
        print(e);
    }
}
