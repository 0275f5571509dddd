<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="dream_jonas" tilewidth="16" tileheight="16" tilecount="128" columns="16">
 <image source="dream_jonas.png" width="256" height="128"/>
 <tile id="0">
  <properties>
   <property name="kind" value="void"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="kind" value="floor"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="kind" value="floor_b"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="kind" value="floor_red"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="kind" value="floor_orange"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="kind" value="floor_green"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="kind" value="floor_gold"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="kind" value="floor_magenta"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="kind" value="floor_sky"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="kind" value="stage"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="kind" value="stage_front"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="kind" value="stage_front_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="kind" value="stage_front_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="kind" value="spotlight"/>
  </properties>
  <animation>
   <frame tileid="112" duration="400"/>
   <frame tileid="113" duration="400"/>
   <frame tileid="114" duration="400"/>
   <frame tileid="113" duration="400"/>
  </animation>
 </tile>
 <tile id="14">
  <properties>
   <property name="kind" value="void_b"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="kind" value="threshold"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="kind" value="wall_fill"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="kind" value="wall_s"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="kind" value="wall_n"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="kind" value="wall_e"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="kind" value="wall_w"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="kind" value="wall_out_se"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="kind" value="wall_out_sw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="kind" value="wall_out_ne"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="kind" value="wall_out_nw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="kind" value="wall_in_se"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="kind" value="wall_in_sw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="kind" value="wall_in_ne"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="kind" value="wall_in_nw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="kind" value="wall_diag_a"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="kind" value="wall_diag_b"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="kind" value="wall_fill_b"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="kind" value="brink_corner_nw"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="kind" value="brink_corner_ne"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="kind" value="brink_corner_se"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="kind" value="brink_corner_sw"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="kind" value="brink_edge_n"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="kind" value="brink_edge_s"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="kind" value="brink_edge_e"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="kind" value="brink_edge_w"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="kind" value="brink_inner_sw"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="kind" value="brink_inner_se"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="kind" value="brink_inner_ne"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="kind" value="brink_inner_nw"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="kind" value="brink_diag_nw_se"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="kind" value="brink_diag_ne_sw"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="kind" value="void_c"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="kind" value="floor_splash"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="kind" value="door"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="kind" value="door_gallery"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="kind" value="wall_s_blue"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="kind" value="wall_s_green"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="kind" value="wall_s_magenta"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="kind" value="wall_s_frame_empty"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="kind" value="wall_s_frame_half"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="kind" value="wall_s_frame_slashed"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="kind" value="easel_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="kind" value="easel_bottom"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="kind" value="paint_pots"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="kind" value="brushes"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="kind" value="splat_red"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="kind" value="splat_blue"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="kind" value="splat_gold"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="kind" value="puddle"/>
  </properties>
  <animation>
   <frame tileid="115" duration="350"/>
   <frame tileid="116" duration="350"/>
   <frame tileid="117" duration="350"/>
  </animation>
 </tile>
 <tile id="72">
  <properties>
   <property name="kind" value="podium"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="kind" value="critic_chair"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="kind" value="frame_stack"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="kind" value="palette"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="kind" value="bucket_spill"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="kind" value="rope_post"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="kind" value="spot_lamp"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="kind" value="paint_pile"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="kind" value="sketch_plank_h"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="kind" value="sketch_plank_v"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="kind" value="sketch_crate"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="kind" value="sketch_plank_h_fading"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="kind" value="sketch_plank_v_fading"/>
  </properties>
 </tile>
 <tile id="85">
  <properties>
   <property name="kind" value="sketch_crate_fading"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="kind" value="easel_whale_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="87">
  <properties>
   <property name="kind" value="wall_s_frame_finished"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <wangsets>
  <wangset name="floors" type="corner" tile="-1">
   <wangcolor name="floor" color="#ff3040" tile="-1" probability="1"/>
   <wangcolor name="void" color="#30c0ff" tile="-1" probability="1"/>
   <wangtile tileid="0" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="1" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="32" wangid="0,1,0,1,0,1,0,2"/>
   <wangtile tileid="33" wangid="0,2,0,1,0,1,0,1"/>
   <wangtile tileid="34" wangid="0,1,0,2,0,1,0,1"/>
   <wangtile tileid="35" wangid="0,1,0,1,0,2,0,1"/>
   <wangtile tileid="36" wangid="0,2,0,1,0,1,0,2"/>
   <wangtile tileid="37" wangid="0,1,0,2,0,2,0,1"/>
   <wangtile tileid="38" wangid="0,2,0,2,0,1,0,1"/>
   <wangtile tileid="39" wangid="0,1,0,1,0,2,0,2"/>
   <wangtile tileid="40" wangid="0,2,0,2,0,1,0,2"/>
   <wangtile tileid="41" wangid="0,2,0,1,0,2,0,2"/>
   <wangtile tileid="42" wangid="0,1,0,2,0,2,0,2"/>
   <wangtile tileid="43" wangid="0,2,0,2,0,2,0,1"/>
   <wangtile tileid="44" wangid="0,1,0,2,0,1,0,2"/>
   <wangtile tileid="45" wangid="0,2,0,1,0,2,0,1"/>
  </wangset>
  <wangset name="walls" type="corner" tile="-1">
   <wangcolor name="wall" color="#ff3040" tile="-1" probability="1"/>
   <wangcolor name="floor" color="#30c0ff" tile="-1" probability="1"/>
   <wangtile tileid="1" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="16" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="17" wangid="0,1,0,2,0,2,0,1"/>
   <wangtile tileid="18" wangid="0,2,0,1,0,1,0,2"/>
   <wangtile tileid="19" wangid="0,2,0,2,0,1,0,1"/>
   <wangtile tileid="20" wangid="0,1,0,1,0,2,0,2"/>
   <wangtile tileid="21" wangid="0,2,0,2,0,2,0,1"/>
   <wangtile tileid="22" wangid="0,1,0,2,0,2,0,2"/>
   <wangtile tileid="23" wangid="0,2,0,2,0,1,0,2"/>
   <wangtile tileid="24" wangid="0,2,0,1,0,2,0,2"/>
   <wangtile tileid="25" wangid="0,1,0,2,0,1,0,1"/>
   <wangtile tileid="26" wangid="0,2,0,1,0,1,0,1"/>
   <wangtile tileid="27" wangid="0,1,0,1,0,2,0,1"/>
   <wangtile tileid="28" wangid="0,1,0,1,0,1,0,2"/>
   <wangtile tileid="29" wangid="0,2,0,1,0,2,0,1"/>
   <wangtile tileid="30" wangid="0,1,0,2,0,1,0,2"/>
  </wangset>
 </wangsets>
</tileset>
