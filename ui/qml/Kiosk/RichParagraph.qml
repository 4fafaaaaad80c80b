import QtQuick

// Body text with the app's own links: citation numbers open References, underlined words open
// their definition. The rich text comes from Python, built from escaped content text; nothing
// else can be a link.
Text {
    // Links are marked by the backend's colour token (rich text cannot take its link colour from
    // a property), so links follow the theme.
    property string markup: ""
    // The same words without markup, for screen readers (from Python: no parsing here).
    property string plain: ""
    text: markup.split("@@LINK@@").join(Theme.link)
    width: parent ? parent.width : implicitWidth
    color: Theme.text
    font.pixelSize: Theme.bodySize
    lineHeight: Theme.lineHeight
    wrapMode: Text.Wrap
    textFormat: Text.RichText
    linkColor: Theme.primaryDark
    onLinkActivated: link => Navigation.openLink(link)
    Accessible.role: Accessible.StaticText
    Accessible.name: plain
}
