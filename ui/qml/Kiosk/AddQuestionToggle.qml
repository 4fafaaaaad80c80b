import QtQuick

// "Add to my list": a large toggle whose state shows in its colour, icon and words.
TouchButton {
    id: toggle
    required property string key
    readonly property bool added: MyQuestions.keys.indexOf(key) >= 0
    objectName: "add_" + key
    text: added ? qsTr("Added to my list") : qsTr("Add to my list")
    iconName: added ? "mdi6.check-circle" : "mdi6.plus-circle-outline"
    labelSize: Theme.controlLabelSize
    checked: added
    checkable: true
    // 32 of these on the screens: each names the question it adds.
    accessibleName: qsTr("Add to my list: %1").arg(MyQuestions.questionTexts[key] ?? "")
    onClicked: MyQuestions.toggle(key)
}
