import QtQuick

// The full "this does not replace talking with your doctor" note at the end of each screen.
RichParagraph {
    markup: Content.disclaimer
    plain: Content.disclaimerPlain
    color: Theme.textMuted
    font.pixelSize: Theme.smallSize
}
