<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="waking" tilewidth="16" tileheight="16" tilecount="128" columns="16">
 <image source="waking.png" width="256" height="128"/>
 <tile id="0">
  <properties>
   <property name="kind" value="void"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="kind" value="floor_wood"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="kind" value="floor_wood_b"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="kind" value="floor_tile"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="kind" value="floor_tile_b"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="kind" value="carpet"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="kind" value="carpet_b"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="kind" value="doormat"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="kind" value="rug"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="kind" value="sidewalk"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="kind" value="sidewalk_b"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="kind" value="curb"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="kind" value="asphalt"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="kind" value="asphalt_b"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="kind" value="lane_mark"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="kind" value="crosswalk"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="kind" value="wall_cap"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="kind" value="wall_face"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="kind" value="wall_face_window"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="kind" value="wall_face_poster"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="kind" value="wall_face_clock"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="kind" value="wall_face_screen"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="96" duration="600"/>
   <frame tileid="97" duration="600"/>
   <frame tileid="98" duration="600"/>
  </animation>
 </tile>
 <tile id="22">
  <properties>
   <property name="kind" value="corridor_face"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="kind" value="corridor_face_lamp"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="kind" value="door_interior"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="kind" value="door_apartment"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="kind" value="elevator_door"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="kind" value="stairs_down"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="kind" value="door_glass"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="kind" value="threshold"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="kind" value="planter"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="kind" value="grass"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="kind" value="roof_edge"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="kind" value="facade"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="kind" value="facade_window"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="kind" value="facade_window_lit"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="99" duration="600"/>
   <frame tileid="99" duration="600"/>
   <frame tileid="99" duration="600"/>
   <frame tileid="100" duration="450"/>
   <frame tileid="100" duration="450"/>
   <frame tileid="99" duration="600"/>
  </animation>
 </tile>
 <tile id="36">
  <properties>
   <property name="kind" value="shop_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="kind" value="shop_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="kind" value="awning"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="kind" value="facade_vent"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="kind" value="lamp_top"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="kind" value="lamp_post"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="kind" value="bench"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="kind" value="bin"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="kind" value="bollard"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="kind" value="tree_top"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="kind" value="tree_trunk"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="kind" value="vending"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="kind" value="bed_head"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="kind" value="bed_foot"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="kind" value="pod_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="101" duration="500"/>
   <frame tileid="102" duration="350"/>
   <frame tileid="103" duration="500"/>
   <frame tileid="102" duration="350"/>
  </animation>
 </tile>
 <tile id="51">
  <properties>
   <property name="kind" value="pod_bottom"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="104" duration="500"/>
   <frame tileid="105" duration="350"/>
   <frame tileid="106" duration="500"/>
   <frame tileid="105" duration="350"/>
  </animation>
 </tile>
 <tile id="52">
  <properties>
   <property name="kind" value="desk_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="kind" value="desk_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="kind" value="chair"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="kind" value="sofa_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="kind" value="sofa_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="kind" value="plant"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="kind" value="counter"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="kind" value="counter_sink"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="kind" value="stove"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="kind" value="fridge_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="kind" value="fridge_bottom"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="63">
  <properties>
   <property name="kind" value="table"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="kind" value="bookshelf_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="kind" value="bookshelf_bottom"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="kind" value="wardrobe_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="kind" value="wardrobe_bottom"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="kind" value="floor_lamp"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="kind" value="tv"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="107" duration="400"/>
   <frame tileid="108" duration="400"/>
   <frame tileid="109" duration="300"/>
   <frame tileid="108" duration="400"/>
  </animation>
 </tile>
 <tile id="70">
  <properties>
   <property name="kind" value="boxes"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="kind" value="coat_rack"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="kind" value="shoe_rack"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="kind" value="bathtub_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="kind" value="bathtub_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="kind" value="toilet"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="kind" value="noticeboard"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="kind" value="mailboxes"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="kind" value="neon_sign_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="110" duration="600"/>
   <frame tileid="110" duration="600"/>
   <frame tileid="111" duration="150"/>
   <frame tileid="110" duration="300"/>
   <frame tileid="111" duration="150"/>
  </animation>
 </tile>
 <tile id="79">
  <properties>
   <property name="kind" value="neon_sign_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="112" duration="600"/>
   <frame tileid="112" duration="600"/>
   <frame tileid="112" duration="600"/>
   <frame tileid="113" duration="200"/>
   <frame tileid="112" duration="400"/>
  </animation>
 </tile>
</tileset>
