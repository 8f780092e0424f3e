// widgets.ph - every widget drawn once (golden widgets.png), a Button's
// pressed look, clicks, Enter and Space on a Button, a Checkbox toggled by
// click and by Space (tests/gui/README.md).
import gui;

class Demo extends App {
    var win;
    def start() {
        win = new Window("Widgets", 20, 40, 600, 390);
        win.add(new Label("Name", 12, 12, 60, 30));
        var name = new TextField(80, 12, 220, 30);
        name.setPlaceholder("Your name");
        win.add(name);
        var ok = new Button("OK", 312, 12, 90, 30);
        ok.onClick(fn() { print("clicked OK"); });
        win.add(ok);
        var cancel = new Button("Cancel", 412, 12, 90, 30);
        win.add(cancel);
        var remember = new Checkbox("Remember me", 12, 52, 160, 24);
        remember.onChange(fn() { print("remember: " + remember.checked()); });
        win.add(remember);
        var on = new Checkbox("Checked", 180, 52, 120, 24);
        on.setChecked(true);
        win.add(on);
        var right = new Label("Right-aligned", 312, 52, 190, 24);
        right.setAlign("right");
        right.setColor(0x868B95);
        win.add(right);
        var area = new TextArea(12, 86, 290, 180);
        var t = "A TextArea with a scroll bar.";
        for (var i = 2; i <= 14; i += 1) { t = t + "\nLine " + i; }
        area.setText(t);
        win.add(area);
        var list = new ListView(["Apples", "Bananas", "Cherries", "Dates", "Elderberries", "Figs"], 314, 86, 188, 180);
        list.select(2);
        win.add(list);
        var c = new Canvas(12, 276, 200, 100);
        win.add(c);
        c.clear(0xFFFFFF);
        c.rect(0, 0, 200, 100, 0xB8BDC6);
        c.fillRect(12, 12, 40, 30, 0x3D7ED6);
        c.line(12, 88, 188, 12, 0xD04A5A);
        c.text(64, 16, "Canvas", 0x1B1E25);
        c.pixel(190, 90, 0x000000);
        win.add(new ImageView(Image.load("good.png"), 224, 276, 80, 100));
        var bold = new Label("Bold label", 314, 276, 188, 24);
        bold.setFont("sans-bold", 14);
        win.add(bold);
        var centred = new Label("Centred", 314, 300, 188, 24);
        centred.setAlign("center");
        win.add(centred);
        win.onKey(fn(ev) {
            if (ev.key() == "F3") { win.__paintAll(); }
        });
        win.show();
    }
}

def main() { new Demo().run(); }
