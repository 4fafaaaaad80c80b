pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// One section of a screen: heading, paragraphs, bullet points, optional illustration.
Rectangle {
    id: card
    objectName: "section_" + sectionId
    required property int index
    required property string sectionId
    required property string heading
    required property string chip
    required property var paragraphs
    required property var bullets
    required property string imageUrl
    required property string imageAlt
    // On a short view (1366x768) the words need the height: a smaller heading and padding and, at
    // the larger text sizes, the picture under the words rather than beside them.
    property bool short: false
    readonly property real padding: short ? Theme.cardPadding * 0.6 : Theme.cardPadding
    readonly property bool wide: width > 900 && !(short && Theme.textScale > 1)
    // Not built yet (the kiosk is starting): an empty card takes no room and costs nothing.
    property bool built: true
    // The page whose "How it works" animation may stand at this section's end, and the screen
    // it scrolls in (HowItWorks.qml, loaded by file name: not even its type is read before then).
    property PageObject motionPage: null
    property ScreenFlickable view: null
    visible: built

    width: parent ? parent.width : implicitWidth
    implicitHeight: built ? body.implicitHeight + 2 * card.padding : 0
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider
    border.width: Theme.borderThin

    Loader {
        id: body
        x: card.padding
        y: card.padding
        width: parent.width - 2 * card.padding
        active: card.built
        sourceComponent: layoutComponent
    }

    Component {
        id: layoutComponent
        GridLayout {
            id: layout
            width: body.width
            columns: card.wide && card.imageUrl !== "" ? 2 : 1
            columnSpacing: 40
            rowSpacing: 20

            Image {
                visible: card.imageUrl !== ""
                source: card.imageUrl
                fillMode: Image.PreserveAspectFit
                asynchronous: true
                sourceSize.width: 640
                Layout.preferredWidth: card.wide ? 320 : Math.min(480, layout.width)
                Layout.preferredHeight: Layout.preferredWidth * 0.75
                Layout.alignment: Qt.AlignTop | Qt.AlignHCenter
                Layout.row: card.wide ? 0 : 1
                Layout.column: card.wide ? 1 : 0
                Accessible.role: Accessible.Graphic
                Accessible.name: card.imageAlt
            }

            ColumnLayout {
                spacing: card.short ? 12 : 18
                Layout.fillWidth: true
                Layout.row: 0
                Layout.column: 0
                Layout.alignment: Qt.AlignTop

                Heading {
                    objectName: "sectionHeading_" + card.sectionId
                    text: card.heading
                    fullSize: card.short ? Theme.shortHeadingSize : Theme.headingSize
                    // Tab reads the page, words and links in order (Orca has no other way through
                    // a Qt app's text).
                    activeFocusOnTab: true
                    Layout.fillWidth: true
                }
                // Counted, not the lists themselves: a language switch brings new lists of as
                // many paragraphs, and the paragraphs already built take the new words instead of
                // being built again (every screen's at once, and their memory with them).
                Repeater {
                    model: card.paragraphs.length
                    delegate: RichParagraph {
                        required property int index
                        readonly property var modelData: card.paragraphs[index] ?? { rich: "", plain: "" }
                        markup: modelData.rich
                        plain: modelData.plain
                        activeFocusOnTab: true
                        Layout.fillWidth: true
                    }
                }
                Repeater {
                    model: card.bullets.length
                    delegate: RowLayout {
                        id: bullet
                        required property int index
                        readonly property var modelData: card.bullets[index] ?? { rich: "", plain: "" }
                        spacing: 18
                        Layout.fillWidth: true
                        Rectangle {
                            width: Theme.gap * 0.75
                            height: width
                            radius: width / 2
                            color: Theme.accent
                            Layout.alignment: Qt.AlignTop
                            Layout.topMargin: Theme.bodySize * 0.55
                        }
                        RichParagraph {
                            markup: bullet.modelData.rich
                            plain: bullet.modelData.plain
                            activeFocusOnTab: true
                            Layout.fillWidth: true
                        }
                    }
                }
                Loader {
                    id: motionLoader
                    active: card.motionPage !== null && card.motionPage.motionSection === card.sectionId
                    asynchronous: true
                    Layout.fillWidth: true
                    Layout.topMargin: card.short ? 0 : Theme.gap
                    Component.onCompleted: setSource("HowItWorks.qml", { page: card.motionPage, view: card.view })
                }
                Binding {
                    target: motionLoader.item
                    property: "short"
                    value: card.short
                    when: motionLoader.item !== null
                }
            }
        }
    }
}
