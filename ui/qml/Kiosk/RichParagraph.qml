import QtQuick

// Body text; citation numbers are links to References, nothing else can be a link.
Text {
    // Content text with links marked by the backend's colour token (rich text cannot take its
    // link colour from a property), so links follow the theme.
    property string markup: ""
    text: markup.split("@@LINK@@").join(Theme.link)
    width: parent ? parent.width : implicitWidth
    color: Theme.text
    font.pixelSize: Theme.bodySize
    lineHeight: Theme.lineHeight
    wrapMode: Text.Wrap
    textFormat: Text.RichText
    linkColor: Theme.primaryDark
    onLinkActivated: link => app.openLink(link)
    Accessible.role: Accessible.StaticText
    Accessible.name: markup.replace(/<sup>.*?<\/sup>/g, "").replace(/<[^>]*>/g, "")
}
