import QtQuick

// Body text; citation numbers are links to References, nothing else can be a link.
Text {
    width: parent ? parent.width : implicitWidth
    color: Theme.text
    font.pixelSize: Theme.bodySize
    lineHeight: Theme.lineHeight
    wrapMode: Text.Wrap
    textFormat: Text.RichText
    linkColor: Theme.primaryDark
    onLinkActivated: link => app.openLink(link)
    Accessible.role: Accessible.StaticText
    Accessible.name: text.replace(/<[^>]*>/g, "")
}
